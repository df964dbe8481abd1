# Pure string functions of os.path (no file system access).
import os
import os.path
print(os.sep, os.linesep == "\n", os.path.join("a", "b", "c.txt"), os.path.join("a/", "/abs", "x"))
print(os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), os.path.split("a/b"), os.path.split("file"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("noext"))
print(os.path.isabs("/abs"), os.path.isabs("rel"), os.path.normpath("a/./b/../c"), os.path.normpath("//x//y/"))
print(os.name, os.path is os.path, os.path.commonprefix(["/usr/lib", "/usr/local"]))
print(os.path.join("", "x"), os.path.join("a", ""), os.path.basename("dir/"), os.path.dirname("file"))
print(os.path.splitext("a.b/c"), os.path.normpath(""), os.path.normpath("/.."), os.path.split("/"))
