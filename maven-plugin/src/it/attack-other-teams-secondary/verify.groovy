def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('src/main/java/com/example/tiny/ApiRoutes.java: VS221 web/web-routes')
assert log.contains('TeamSpec com.example.tiny.ApiRoutes$Steal lies in team api\'s place but returns web/web-routes, which the administrator gave to team web')
assert !new File(basedir, 'istio').exists()
return true
