"""`python -m orga_app` runs the command line."""

import sys

from orga_app.cli import main

sys.exit(main())
