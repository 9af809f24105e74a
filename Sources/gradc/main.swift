// gradc: the thin executable. Everything lives in GradDriver.
import Foundation
import GradDriver

setvbuf(stdout, nil, _IOFBF, 1 << 16)
let status = CLI.main(CommandLine.arguments,
                      out: { fputs($0, stdout) },
                      err: { fflush(stdout); fputs($0, stderr) })
fflush(stdout)
exit(status)
