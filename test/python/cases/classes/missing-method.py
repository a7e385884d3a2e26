class Client:
    pass
Client().transition_stage("m", 1, "Staging")
