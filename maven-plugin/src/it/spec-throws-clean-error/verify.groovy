def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('src/main/java/com/example/tiny/BrokenMesh.java:10: VS207')
assert log.contains('com.example.tiny.BrokenMesh.define(Mesh) threw NullPointerException')
assert !log.contains('Caused by')
return true
