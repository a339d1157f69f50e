"""``python -m kunker ...``: the same as ``kunker ...``."""

import sys

from kunker.cli import main

sys.exit(main())
