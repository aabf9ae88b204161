"""Typed models, endpoint modules and the resource tree of the Coze Open API.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""
