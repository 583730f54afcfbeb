def log = new File(basedir, 'build.log').text
def has = { String s -> if (!log.contains(s)) throw new AssertionError('build.log lacks: ' + s) }
def lacks = { String s -> if (log.contains(s)) throw new AssertionError('build.log has: ' + s) }

has('BUILD FAILURE')
has('manifests/bomb.yaml:12:12: VS001 spec.x4[0]: too many aliases: 28 aliases expanding to 15670 nodes exceed the limits (100 aliases, 10000 nodes); this looks like a "billion laughs" document')
has('manifests/deep.yaml:70:129: VS001 spec.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a: nesting deeper than 64 levels; no Istio resource is this deep')
has('manifests/huge.yaml:8:3: VS001 spec.hosts[0]: a string longer than the limit of 100000 characters; no Istio field needs one this long (maxScalarLength)')
has('manifests/dup.yaml:9:3: VS001 spec.hosts: duplicate key "hosts" (first written at line 7); Kubernetes refuses the file; keep one of them')
has('manifests/types.yaml:7:10: VS001 spec.hosts: expected a list, got the number 5; write it as a list item: "- ..." on the next line')
has('manifests/types.yaml:10:13: VS001 spec.http[0].match[0].port: expected a whole number, got the string "eighty"')
has('manifests/tabs.yaml:8:1: VS001: YAML syntax error: a tab is used for indentation; YAML allows only spaces there')
has('manifests/latin1.yaml:7: VS001: invalid UTF-8: byte 0xE9 at offset')
has("manifests/three.yaml:16:12: VS001: YAML syntax error: while parsing a flow sequence; expected ',' or ']', but got <stream end>")
has('manifests/other.yaml:1:1: skipped DestinationRule reviews: vsplit reads only VirtualService and Gateway of networking.istio.io')
has('manifests/other.yaml:16:5: VS005 shop/typo spec.http[0].timout: unknown field "timout"')
// the readable files are all analyzed: good, first and third of three.yaml, the UTF-16 one, typo
has('vsplit: 5 resource(s) read, 9 error(s), 1 warning(s), 0 info')
lacks('Caused by')
lacks('Unknown keyword')
assert !(log =~ /\sat [a-z]+\.[a-z]/) // no stack trace
assert new File(basedir, 'target/findings.json').text.contains('"code" : "VS001"')
return true
