# Uncaught exception with an explicit cause.
class DataError(Exception):
    pass
def fetch(records, idx):
    try:
        return records[idx]
    except IndexError as exc:
        raise DataError(f"record {idx} does not exist") from exc
print(fetch(["a", "b"], 1))
print(fetch(["a", "b"], 5))
