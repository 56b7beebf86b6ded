"""The record of a relationship: interactions, exchanges (gave/received) and introductions."""
