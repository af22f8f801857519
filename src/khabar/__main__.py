from khabar.cli import main

raise SystemExit(main())
