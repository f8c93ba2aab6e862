"""Metadata read from text and markup: dates and timestamps, datelines and agency credits,
bylines, and (``cascade``) the HTML metadata cascade of the HTML path."""
