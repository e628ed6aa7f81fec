"""Actors: recognise mentions of states, organisations, people and sources and resolve them."""
