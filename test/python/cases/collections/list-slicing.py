nums = list(range(10))
print(nums[2:5], nums[:3], nums[-3:], nums[::3], nums[::-2], nums[5:2], nums[-100:2])
nums[1:3] = ["a", "b", "c"]
print(nums)
del nums[0]
del nums[-2:]
print(nums)
