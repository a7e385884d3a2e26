name = "my-model
