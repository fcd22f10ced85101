"""Objects: teach and recognise products and banknotes by sight, read codes, name colours.

Only `features` imports OpenCV's feature detector and matcher, and only `codes` its barcode
and QR readers; the store, the engine's rule and the sentences work on plain numpy arrays.
"""
