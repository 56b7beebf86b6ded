"""Topics: what people work on or struggle with (challenges), what they offer, what interests them.

``keys`` folds a label into the key that makes one topic of the same words written twice;
``topics`` stores them on people and on the user; ``peers`` finds who shares a topic and
pairs one person's need with another's offer.
"""
