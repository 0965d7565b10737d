"""`python -m app.cli`: the `concord` command."""

import sys

from app.cli import main

sys.exit(main())
