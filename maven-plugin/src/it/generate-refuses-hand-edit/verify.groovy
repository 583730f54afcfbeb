def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('api/virtualservice-api-routes.yaml: edited by hand since vsplit generated it')
assert log.contains('move the change into the spec, or delete the file')
// nothing written: the edited file is intact and no other file appeared
assert new File(basedir, 'istio/api/virtualservice-api-routes.yaml').text == new File(basedir, 'before.txt').text
def files = []
new File(basedir, 'istio').eachFileRecurse(groovy.io.FileType.FILES) { files << it.name }
assert files == ['virtualservice-api-routes.yaml']
return true
