from sco_etl.cli import main

main()
