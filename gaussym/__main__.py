import sys

from gaussym.cli import main

sys.exit(main())
