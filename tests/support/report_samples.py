"""Reports the report tests draw: small, Welsh, hostile, and long."""

from app.reports import Facts, Heading, Notice, Paragraph, Report, Table

WELSH = "Ŵyn a Ŷr: ŵ ŷ Ŵ Ŷ â ê î ô û"
HOSTILE = '<script>alert("x")</script> & <b>bold?</b> "quoted" \'single\''
COLUMNS = ("When", "Who", "What happened")


def small() -> Report:
    return Report(
        kind="signoff",
        title="Sign-off for CC-2026-0007",
        subtitle=f"Panel of {WELSH}",
        issued_on="2026-03-02",
        meta=(("Signature fingerprint", "ab12cd34ef56ab12"), ("Signed by", "Chris Inspector")),
        blocks=(
            Heading("Decision"),
            Paragraph("The panel agreed to proceed.\nA second line, in Welsh: " + WELSH),
            Notice("STALE: the risk assessment is older than 28 days."),
            Facts((("Case", "CC-2026-0007"), ("Chair", "Charlie Chair"), ("Hostile", HOSTILE))),
            Heading("Conditions", level=2),
            Table(
                ("Condition", "Owner"),
                (("Weekly check-in", "Advocate"), ("No contact", "Police")),
                caption="Conditions agreed",
                widths=(3, 1),
            ),
        ),
    )


def long_table(rows: int = 300) -> Report:
    return Report(
        kind="minutes",
        title="Minutes with a long history",
        issued_on="2026-04-11",
        meta=(("Signature fingerprint", "ffee0011"),),
        blocks=(
            Paragraph("Before the table. " + WELSH),
            Table(
                COLUMNS,
                tuple(
                    (
                        f"2026-01-{i % 28 + 1:02d}",
                        f"Member {i}",
                        f"Entry {i}: " + "text that wraps across the cell " * (i % 4 + 1),
                    )
                    for i in range(rows)
                ),
                caption="Audit history",
                widths=(1.2, 1.4, 4),
            ),
            Paragraph("After the table."),
        ),
    )
