def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// file and line of the offending .match(...) call, the scope's owner, the code
assert log.contains('src/main/java/com/example/tiny/web/WebRoutes.java:22: VS201 web/web-routes spec.http[1].match[0]')
assert log.contains('lies inside prefix "/api", which primary istio-system/tiny gives to team api (api/api-routes)')
assert log.contains('nothing was written to istio/ and istio-review/')
assert !new File(basedir, 'istio').exists()
assert !new File(basedir, 'istio-review').exists()
return true
