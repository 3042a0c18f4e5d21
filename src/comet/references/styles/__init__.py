"""The citation styles a reference body is read in, one module a style.

:mod:`._body` picks the style; each module reads the body of one style into
:class:`~comet.references._fields.Fields`.
"""
