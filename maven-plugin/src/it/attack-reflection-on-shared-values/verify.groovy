def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('src/main/java/com/example/tiny/ApiRoutes.java: VS222')
assert log.contains('changed the administrator\'s declarations in its own JVM')
assert log.contains('owners [@evil/api]')
assert !new File(basedir, 'istio').exists()
return true
