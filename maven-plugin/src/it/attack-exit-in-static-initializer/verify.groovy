def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('src/main/java/com/example/tiny/ApiRoutes.java: VS222')
assert log.contains('the JVM running com.example.tiny.ApiRoutes exited with code 0 before writing its result')
// the hand edit stays, and nothing was written over it
assert new File(basedir, 'istio/web/virtualservice-web-routes.yaml').text.contains('hand-edit.example.com')
return true
