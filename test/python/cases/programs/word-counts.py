word_counts = {}
for w in "the cat the hat".split():
    word_counts[w] = word_counts.get(w, 0) + 1
print(word_counts)
