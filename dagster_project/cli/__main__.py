from dagster_project.cli import main

main()
