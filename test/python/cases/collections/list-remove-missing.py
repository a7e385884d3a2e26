stages = ["None", "Staging"]
stages.remove("Production")
