"""An invented article page with one free line under its byline (``{line}``), shared by the
tests of imprint lines and publisher statements."""

REED_PAGE = (
    "Reed growth in the tidal flats of the lower fen\n"
    "Ana Ruiz\n"
    "{line}\n"
    "\n"
    "Abstract\n"
    "We studied reeds in tidal flats over ten years and report what changed in the water, "
    "the plants and the birds.\n"
)
