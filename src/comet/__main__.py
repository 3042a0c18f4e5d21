"""``python -m comet`` is the ``comet`` command line."""

from comet.cli import main

raise SystemExit(main())
