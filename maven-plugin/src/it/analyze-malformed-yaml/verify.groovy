def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('manifests/tabs.yaml:7')
assert log.contains('VS001')
assert log.contains('manifests/tabs.yaml:7:1: VS001: YAML syntax error: a tab is used for indentation')
assert log.contains('manifests/types.yaml:7:10: VS001 spec.hosts: expected a list, got the number 5')
assert log.contains('manifests/types.yaml:10:17: VS001 spec.http[0].match[0].port: expected a whole number, got the string "eighty"')
// the good file in the same folder is still analyzed
assert log.contains('3 resource(s) read')
// no stack trace: the user sees messages, not Java
assert !log.contains('Caused by')
assert !(log =~ /\sat [a-z]+\.[a-z]/)
return true
