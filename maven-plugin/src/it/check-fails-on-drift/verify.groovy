def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('does not match the specs')
assert log.contains('web/virtualservice-web-routes.yaml')
assert log.contains('api/virtualservice-api-routes.yaml')
assert log.contains('web/virtualservice-legacy.yaml')
assert log.contains('missing')
assert log.contains('-        host: web.web.svc.cluster.local') || log.contains('host: web-old.web.svc.cluster.local')
assert log.contains("mvn process-classes")
assert !log.contains('README.md')
// check writes nothing
assert new File(basedir, 'istio/web/virtualservice-legacy.yaml').exists()
assert new File(basedir, 'istio/web/virtualservice-web-routes.yaml').text.contains('web-old')
assert !new File(basedir, 'istio/kustomization.yaml').exists()
return true
