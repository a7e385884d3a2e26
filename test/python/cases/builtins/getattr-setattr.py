class Config:
    pass
cfg = Config()
for key, value in {"tracking_uri": "sqlite:///mlflow.db", "strict": True}.items():
    setattr(cfg, key, value)
print(cfg.tracking_uri, getattr(cfg, "strict"), getattr(cfg, "nope", None), hasattr(cfg, "strict"))
delattr(cfg, "strict")
print(hasattr(cfg, "strict"))
getattr(cfg, "missing")
