"""python -m benchmarks.speech: speak the speech test set into the cache."""

from benchmarks.speech import main

main()
