"""The Coze Open API as typed Python: models, events and the resource tree.

Generated from openapi/coze.yaml by `make gen`; never edit by hand.
"""
