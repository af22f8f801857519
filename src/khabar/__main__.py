"""`python -m khabar`: the same as the `khabar` command."""
from khabar.cli import main

raise SystemExit(main())
