word = "mlflow"
print(word[6])
