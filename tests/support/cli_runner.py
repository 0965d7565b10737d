"""The `concord` command run in-process: its exit code and what it wrote to stdout and stderr."""

from app.cli import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err
