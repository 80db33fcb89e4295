"""Search by meaning and `debrief ask` (a stage over the store and the embedding model).

- :mod:`debrief.ask.hybrid`: keyword and vector rankings fused;
- :mod:`debrief.ask.meaning`: the meaning lists of a search (topic, category, vector);
- :mod:`debrief.ask.fusion`: the ranked lists fused into one order;
- :mod:`debrief.ask.hit_rows`: a search's hits, and the transcript lines among them;
- :mod:`debrief.ask.nearest`: the meaning list, cosines over the insights' vectors;
- :mod:`debrief.ask.indexing`: the insights' vectors, made at filing or backfilled;
- :mod:`debrief.ask.question`: the question's vector (cached), topics and likely category;
- :mod:`debrief.ask.answer`: the answer-shaped view (grouped sources, agreement);
- :mod:`debrief.ask.when`: natural dates in filters ("last week");
- :mod:`debrief.ask.render`: the answer in the terminal.

Nothing heavy is imported here: the embedding model loads on the first question.
"""
