from debrief.cli import main

main()
