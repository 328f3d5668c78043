"""``python -m mfa_dataset`` is the ``mfa-dataset`` command."""

import sys

from mfa_dataset.cli import main

sys.exit(main())
