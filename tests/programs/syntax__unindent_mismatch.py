if True:
    print("four spaces")
  print("two spaces")
