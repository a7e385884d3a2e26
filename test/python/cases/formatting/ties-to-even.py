print(format(12.5, ".0f"), format(13.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"), format(-0.5, ".0f"), format(1.45, ".1f"))
