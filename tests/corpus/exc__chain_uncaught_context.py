class ConfigError(Exception):
    pass
def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError(f"missing key {key!r}") from e
def main():
    try:
        load({}, "port")
    except ConfigError:
        int("not a number")
main()
