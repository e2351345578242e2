"""Writes a progressive JPEG without chroma subsampling (the most memory to decode): WIDTH x
WIDTH smooth gradients, small on disk. Needs Pillow. Usage: jpeg.py WIDTH OUT"""
import sys

from PIL import Image

width = int(sys.argv[1])
ramp = Image.linear_gradient("L").resize((width, width))
picture = Image.merge("RGB", (ramp, ramp.rotate(90), ramp.rotate(180)))
picture.save(sys.argv[2], "JPEG", quality=85, progressive=True, subsampling=0)
