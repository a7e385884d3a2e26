print(isinstance([], (list, tuple)), type([]) in (list, tuple), callable(print), isinstance(print, object))
