print("cu2hip")
