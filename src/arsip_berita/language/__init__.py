"""The language layer, below extraction and the index: the lexicon of resources/lexicon (posts,
agencies, units, number words...), the gazetteer of places with their short forms, and the acronym
glossary. Knowledge is data in resources/; these modules load and index it."""
