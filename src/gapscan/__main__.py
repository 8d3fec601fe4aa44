from gapscan.cli import main

main()
