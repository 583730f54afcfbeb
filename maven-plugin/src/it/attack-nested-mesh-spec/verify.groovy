def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('src/main/java/com/example/tiny/ApiRoutes.java: VS220')
assert log.contains('MeshSpec com.example.tiny.ApiRoutes$Hijack is not named in the plugin\'s <specs>')
assert !new File(basedir, 'istio').exists()
return true
