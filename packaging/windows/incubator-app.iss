; Inno Setup script: installs the PyInstaller bundle (dist\incubator-app\) for the current user,
; without administrator rights, with a Start-menu entry and an uninstaller.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\incubator-app.iss
;
; Output: dist\incubator-app-<version>-windows-x64-setup.exe (see README.md in this folder for
; the build on a Windows runner).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Incubator"
#define AppExe "incubator-app.exe"

[Setup]
; A fixed AppId: upgrades replace the previous version instead of installing beside it.
AppId={{7C3B2E4A-9E61-4D8F-A5B1-2F6F5E1C0A19}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=incubator_app contributors
; Per user, no UAC prompt: %LOCALAPPDATA%\Programs\Incubator and the user's Start menu.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\..\dist
OutputBaseFilename=incubator-app-{#AppVersion}-windows-x64-setup
SetupIconFile=incubator-app.ico
LicenseFile=..\..\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "slovenian"; MessagesFile: "compiler:Languages\Slovenian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\incubator-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The user's databases, settings and backups live outside {app} (platformdirs' user data folder,
; QSettings in the registry): uninstalling never deletes an incubator's data.
