"""The quantities stage: numbers and ranges with what they count (``step``), and the
number phrases read from the layer's tokens (``parse``)."""

from .step import QuantityStep, find_quantities

__all__ = ["QuantityStep", "find_quantities"]
